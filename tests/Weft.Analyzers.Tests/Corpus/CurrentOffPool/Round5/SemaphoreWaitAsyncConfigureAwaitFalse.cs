// WEFT0005: `await gate.WaitAsync().ConfigureAwait(false)` (the async stand-in for a lock) and Current inside the
// critical section, off the loop.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.SemaphoreWaitAsyncConfigureAwaitFalse;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public sealed class Serialized
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<int> CountAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return RouteTable.Current.Routes.Length; // expect: WEFT0005
        }
        finally
        {
            _gate.Release();
        }
    }
}
