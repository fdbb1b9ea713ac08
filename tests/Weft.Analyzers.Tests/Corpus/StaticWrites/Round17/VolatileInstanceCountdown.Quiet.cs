// Quiet twin of VolatileInstanceCountdown: Interlocked.Decrement on the field (CS0420 is only a warning and is silenced).
using System.Threading;

namespace Corpus.R17.StaticWrites.VolatileInstanceCountdown;

public sealed class Countdown
{
    private volatile int _pending;

    public Countdown(int n) => _pending = n;

    public bool Signal()
    {
#pragma warning disable CS0420
        return Interlocked.Decrement(ref _pending) == 0;
#pragma warning restore CS0420
    }
}
