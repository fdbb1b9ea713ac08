// Quiet twin of LeaseAwaitUsing: a plain `await using`, so the code after the block is back on the worker.
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
        await using (lease)
        {
            response = await lease.SendAsync(request);
        }
        pool.CountServed(route);
        return response;
    }
}
