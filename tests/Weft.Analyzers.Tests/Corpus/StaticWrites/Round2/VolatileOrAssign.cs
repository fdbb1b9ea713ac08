// Round 2. A compound |= on a volatile flags field: each access is atomic, the read-modify-write is not.
using System.Threading.Tasks;

namespace Corpus.StaticWrites.Round2.VolatileOr;

public sealed class ShutdownFlags
{
    private volatile int _flags;

    public Task RequestAsync(int flag) => Task.Run(() => { _flags |= flag; }); // expect: WEFT0006

    public bool IsSet(int flag) => (_flags & flag) != 0;
}
