// WEFT0109: a per-worker slot type declares an instance method `Initialize()`, the name the generator emits for
// per-worker mode. Reading: "declares a member with the name of one the generator would emit" is by name, whatever
// the signature.
using Weft;

namespace Corpus6a.HiddenInitialize;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    private byte[] _buffer = [];

    public void Initialize() => _buffer = new byte[4096]; // expect: WEFT0109 "Initialize"
}
