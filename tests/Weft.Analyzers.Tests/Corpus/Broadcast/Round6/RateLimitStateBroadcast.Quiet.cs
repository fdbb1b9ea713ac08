// Quiet twin of RateLimitStateBroadcast: the limits are frozen before they are broadcast.
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
        _limits[client] = perSecond;
        return this;
    }

    public Task PushAsync() =>
        _slot.RunOnAllThreadsAsync(static (limiter, limits) => limiter.Apply(limits), _limits.ToFrozenDictionary(StringComparer.Ordinal));
}
