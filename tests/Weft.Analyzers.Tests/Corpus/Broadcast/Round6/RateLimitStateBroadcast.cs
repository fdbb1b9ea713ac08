// Rate limiter per worker whose per-client limits are pushed from main through Slot<T>.RunOnAllThreads with a
// state argument. Defect: the state is the admin's own Dictionary of limits, which every worker then reads while
// main keeps editing it (WEFT0007: a mutable state argument of RunOnAllThreads<TState>). Reading taken: that state
// parameter is [Published] ("published by reference to every thread"), so the admin's later Limit() writes a
// published object held in a field (WEFT0002, "Published fields").
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.RateLimitStateBroadcast;

public sealed class ClientLimiter
{
    private IReadOnlyDictionary<string, int> _limits = new Dictionary<string, int>();
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    public void Apply(IReadOnlyDictionary<string, int> limits)
    {
        _limits = limits;
        _used.Clear();
    }

    public bool TryTake(string client)
    {
        int used = _used.GetValueOrDefault(client);
        if (used >= _limits.GetValueOrDefault(client, 100)) return false;
        _used[client] = used + 1;
        return true;
    }
}

public sealed class LimitAdmin
{
    private readonly Slot<ClientLimiter> _slot;
    private readonly Dictionary<string, int> _limits = new(StringComparer.Ordinal);

    public LimitAdmin(WorkerPool pool)
    {
        _slot = pool.AllocateSlot<ClientLimiter>();
        _slot.Set(_ => new ClientLimiter());
    }

    public LimitAdmin Limit(string client, int perSecond)
    {
        _limits[client] = perSecond; // expect: WEFT0002
        return this;
    }

    public Task PushAsync() =>
        _slot.RunOnAllThreadsAsync(static (limiter, limits) => limiter.Apply(limits), _limits); // expect: WEFT0007
}
