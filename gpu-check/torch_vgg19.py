"""torchvision VGG19 forward, batch 32, 224 x 224, fp32, eager, random weights: the reference time."""
import time
import torch
import torchvision

torch.backends.cuda.matmul.allow_tf32 = False
model = torchvision.models.vgg19().cuda().eval()
x = torch.rand(32, 3, 224, 224, device="cuda")
# PyTorch's default for convolutions (TF32), then exact fp32 convolutions
for tf32 in (True, False):
    torch.backends.cudnn.allow_tf32 = tf32
    with torch.no_grad():
        for _ in range(5):
            model(x)
        torch.cuda.synchronize()
        start = time.perf_counter()
        for _ in range(20):
            model(x)
        torch.cuda.synchronize()
    print(f"torch {torch.__version__} {torch.cuda.get_device_name()}: vgg19 forward batch 32 224x224 fp32,"
          f" convolutions {'TF32' if tf32 else 'exact'}: {(time.perf_counter() - start) / 20 * 1e3:.2f} ms")
