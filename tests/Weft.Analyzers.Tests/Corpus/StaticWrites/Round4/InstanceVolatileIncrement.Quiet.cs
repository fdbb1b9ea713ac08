// Quiet twin of InstanceVolatileIncrement: Interlocked on the field, volatile reads and plain volatile stores.
using System.Threading;

namespace Corpus.Round4.InstanceVolatileIncrement;

public sealed class ConnectionGauge
{
    int _open;
    volatile bool _draining;

    public int Open => Volatile.Read(ref _open);

    public void Opened() => Interlocked.Increment(ref _open);

    public void Closed() => Interlocked.Decrement(ref _open);

    public void Drain() => _draining = true;

    public bool IsDraining => _draining;
}
