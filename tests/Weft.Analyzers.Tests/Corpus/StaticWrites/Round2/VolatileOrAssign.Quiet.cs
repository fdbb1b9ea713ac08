// Round 2. The flags field is set with Interlocked.Or and read with Volatile.Read.
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.StaticWrites.Round2.VolatileOr;

public sealed class ShutdownFlags
{
    private int _flags;

    public Task RequestAsync(int flag) => Task.Run(() => { Interlocked.Or(ref _flags, flag); });

    public bool IsSet(int flag) => (Volatile.Read(ref _flags) & flag) != 0;
}
