// Quiet twin of HiddenInitialize: the user's method is named `Prepare`.
using Weft;

namespace Corpus6a.HiddenInitialize;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    private byte[] _buffer = [];

    public void Prepare() => _buffer = new byte[4096];
}
