package xspace.data.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The binary attributes of attributes/attributes.txt: one per trait value, numbered from 1 in
 * trait order, e.g. {@code 1 has_bill_shape::short}.
 */
public final class AttributeVocabulary {

    /** One attribute: a trait having one value. */
    public record Attribute(int id, Trait trait, String value) {
        public String name() {
            return trait.attributeName(value);
        }
    }

    private static final List<Attribute> ATTRIBUTES = build();

    private AttributeVocabulary() {
    }

    public static List<Attribute> all() {
        return ATTRIBUTES;
    }

    private static List<Attribute> build() {
        List<Attribute> attributes = new ArrayList<>();
        for (Trait trait : Trait.values()) {
            for (String value : trait.vocabulary()) {
                attributes.add(new Attribute(attributes.size() + 1, trait, value));
            }
        }
        return List.copyOf(attributes);
    }
}
