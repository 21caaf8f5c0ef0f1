# Independent reference values for ComplexReferenceTest, from PyTorch complex128 autograd.
# Run with Debian's python3-torch (1.13.1): /usr/bin/python3 torch_complex_references.py
# PyTorch stores dL/dx + i dL/dy = 2 dL/dzbar in .grad for a real loss L (checked on case abs2: 2z).
import torch
torch.set_default_dtype(torch.float64)
def leaf(c): return torch.tensor(c, dtype=torch.complex128, requires_grad=True)
# 0: |z|^2 at z = 0.3-0.7i -> expect 2z under the .grad = dL/dx + i dL/dy convention
z = leaf(0.3-0.7j); L = (z*z.conj()).real; L.backward(); print("abs2", L.item(), z.grad.item())
# 1: |z w + conj z|^2
z = leaf(0.5+1.2j); w = leaf(-0.3+0.8j)
L = torch.abs(z*w + z.conj())**2; L.backward(); print("zw", L.item(), z.grad.item(), w.grad.item())
# 2: |sigmoid(w a + b) - y|^2 / 2
w = leaf(0.4-0.3j); a = leaf(0.7+0.2j); b = leaf(-0.1+0.5j); y = torch.tensor(0.6-0.1j, dtype=torch.complex128)
L = torch.abs(torch.sigmoid(w*a + b) - y)**2 / 2; L.backward(); print("neuron", L.item(), w.grad.item(), a.grad.item(), b.grad.item())
# 3: |tanh(z) * exp(w)|^2
z = leaf(0.2+0.9j); w = leaf(-0.4+0.3j)
L = torch.abs(torch.tanh(z)*torch.exp(w))**2; L.backward(); print("tanhexp", L.item(), z.grad.item(), w.grad.item())
# 4: Re(log(z) * sqrt(w)) + |z|
z = leaf(-1.5+0.4j); w = leaf(2.0-1.0j)
L = (torch.log(z)*torch.sqrt(w)).real + torch.abs(z); L.backward(); print("logsqrt", L.item(), z.grad.item(), w.grad.item())
# 5: Im(z^3 / (w + 1)) with a real parameter r: L = Im(z**3/(w+1)) * r
z = leaf(0.8-0.6j); w = leaf(0.1+0.2j); r = torch.tensor(1.7, requires_grad=True)
L = (z**3/(w+1)).imag * r; L.backward(); print("pow", L.item(), z.grad.item(), w.grad.item(), r.grad.item())
