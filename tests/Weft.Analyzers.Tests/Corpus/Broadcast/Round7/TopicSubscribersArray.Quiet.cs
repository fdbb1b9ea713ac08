// Quiet twin of TopicSubscribersArray: the update takes an ImmutableArray copy of the scratch.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TopicSubscribersArray;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TopicCache
{
    private readonly Dictionary<string, HashSet<string>> _subscribers = new();
    private string _topic = "";

    public void Select(string topic) => _topic = topic;

    [WorkerUpdate]
    public void AddSubscribers(ImmutableArray<string> ids)
    {
        if (!_subscribers.TryGetValue(_topic, out var set)) _subscribers[_topic] = set = new HashSet<string>();
        set.UnionWith(ids);
    }
}

public sealed class SubscriptionService
{
    private readonly WorkerPool _pool;
    private readonly string[] _scratch = new string[64];

    public SubscriptionService(WorkerPool pool) => _pool = pool;

    public Task SubscribeAsync(IReadOnlyList<string> ids)
    {
        int n = Math.Min(ids.Count, _scratch.Length);
        for (int i = 0; i < n; i++) _scratch[i] = ids[i];
        ImmutableArray<string> batch = ImmutableArray.Create(_scratch, 0, n);
        return TopicCache.AddSubscribersOnAllWorkersAsync(_pool, batch);
    }
}
