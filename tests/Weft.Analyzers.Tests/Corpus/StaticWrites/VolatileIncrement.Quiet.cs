// Interlocked for the count, Volatile for the flag.
using System.Threading;

namespace Corpus.StaticWrites.VolatileField;

public sealed class RequestGate
{
    private int _inFlight;
    private bool _closed;

    public bool TryEnter(int max)
    {
        if (Volatile.Read(ref _closed))
        {
            return false;
        }

        if (Interlocked.Increment(ref _inFlight) > max)
        {
            Interlocked.Decrement(ref _inFlight);
            return false;
        }

        return true;
    }

    public void Close() => Volatile.Write(ref _closed, true);
}
