// Per-worker connection pool handing out leases that return themselves on DisposeAsync. Defect: the request
// handler's `await using` is over lease.ConfigureAwait(false), so the DisposeAsync at the end of the block may
// resume off the loop, and the statistics update after the block touches the worker's pool there (WEFT0004).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.LeaseAwaitUsing;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LeasePool
{
    private readonly Stack<Lease> _free = new();
    private readonly Dictionary<string, int> _served = new(StringComparer.Ordinal);

    public Lease Acquire() => _free.Count > 0 ? _free.Pop() : new Lease(this);

    internal void Release(Lease lease) => _free.Push(lease);

    public void CountServed(string route) => _served[route] = _served.GetValueOrDefault(route) + 1;
}

public sealed class Lease : IAsyncDisposable
{
    private readonly LeasePool _owner;

    public Lease(LeasePool owner) => _owner = owner;

    public Task<string> SendAsync(string request) => Task.FromResult("ok:" + request);

    public ValueTask DisposeAsync()
    {
        _owner.Release(this);
        return ValueTask.CompletedTask;
    }
}

public static class RequestHandler
{
    public static async Task<string> HandleAsync(string route, string request)
    {
        LeasePool pool = LeasePool.Current;
        string response;
        Lease lease = pool.Acquire();
        await using (lease.ConfigureAwait(false))
        {
            response = await lease.SendAsync(request);
        }
        pool.CountServed(route); // expect: WEFT0004
        return response;
    }
}
