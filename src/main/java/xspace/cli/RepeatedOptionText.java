package xspace.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * An option of a one-of group given twice ({@code --class 0 --class 1}) said in the user's words:
 * picocli's own text prints the whole group twice with its internal value names. Every other
 * parse error keeps picocli's handling.
 */
final class RepeatedOptionText implements CommandLine.IParameterExceptionHandler {

    private static final Pattern GIVEN = Pattern.compile("=\\{(--[A-Za-z-]+)=([^}]*)}");

    private final CommandLine.IParameterExceptionHandler standard;

    RepeatedOptionText(CommandLine.IParameterExceptionHandler standard) {
        this.standard = standard;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) throws Exception {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        if (!(ex instanceof CommandLine.MaxValuesExceededException) || !message.contains("expected only one match")) {
            return standard.handleParseException(ex, args);
        }
        Set<String> names = new LinkedHashSet<>();
        StringBuilder values = new StringBuilder();
        Matcher m = GIVEN.matcher(message);
        while (m.find()) {
            names.add(m.group(1));
            values.append(values.isEmpty() ? "" : " and ").append(m.group(1)).append(' ').append(m.group(2));
        }
        CommandLine cmd = ex.getCommandLine();
        String text = names.size() == 1
                ? names.iterator().next() + " is given more than once (" + values + "); give it once"
                : values + " cannot be combined; give one of them";
        cmd.getErr().println("error: " + (names.isEmpty() ? message : text));
        cmd.getErr().println("see 'xspace " + cmd.getCommandSpec().qualifiedName(" ").replaceFirst("^xspace ", "")
                + " --help'");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
