// WEFT0006: `_pending = _pending - 1` on a volatile instance field of a plain (not per-worker) class. Page: "Anywhere: a
// read-modify-write of a volatile field (volatile makes each access atomic, not the increment)". Reading: "anywhere"
// includes an instance field in code that is not worker code, and `x = x - 1` is a read-modify-write like `x--`.
namespace Corpus.R17.StaticWrites.VolatileInstanceCountdown;

public sealed class Countdown
{
    private volatile int _pending;

    public Countdown(int n) => _pending = n;

    public bool Signal()
    {
        _pending = _pending - 1; // expect: WEFT0006
        return _pending == 0;
    }
}
