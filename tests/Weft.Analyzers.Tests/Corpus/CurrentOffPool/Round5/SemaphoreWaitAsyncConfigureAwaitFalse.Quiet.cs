// Quiet twin of SemaphoreWaitAsyncConfigureAwaitFalse: the plain `await _gate.WaitAsync()` resumes on the worker.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.SemaphoreWaitAsyncConfigureAwaitFalseQuiet;

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
        await _gate.WaitAsync();
        try
        {
            return RouteTable.Current.Routes.Length;
        }
        finally
        {
            _gate.Release();
        }
    }
}
