package xspace.engine;

import java.lang.ref.Reference;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.BroadcastOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;

/**
 * ND4J's CPU executioner with its broadcast mended: ND4J 1.0.0-M2.1 holds no reference to a
 * broadcast operation once its native call has started, so a garbage collection in the middle of
 * the call can free the operation's buffers while native code reads them (a SIGSEGV in
 * {@code sd::DataBuffer::primary()} or {@code sd::TadDescriptor}; docs/reliability.md). Every
 * broadcast passes through here, DL4J's dense layers' biases included, and the operation stays
 * reachable until the call has returned. {@link BackendSelection} installs it for the CPU backend.
 */
public class FencedCpuExecutioner extends NativeOpExecutioner {

    @Override
    public INDArray exec(BroadcastOp op, OpContext context) {
        try {
            return super.exec(op, context);
        } finally {
            Reference.reachabilityFence(op);
            Reference.reachabilityFence(context);
        }
    }
}
