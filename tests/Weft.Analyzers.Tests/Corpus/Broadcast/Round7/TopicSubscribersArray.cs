// Pub/sub broker: when a topic gains subscribers, main pushes the subscriber ids to every worker's topic cache with
// the generated posting method; the argument is a string[] main reuses as its scratch. Twin: the [WorkerUpdate]
// parameter is an ImmutableArray and main passes a copy.
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
    public void AddSubscribers(string[] ids)
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
        for (int i = 0; i < n; i++) _scratch[i] = ids[i]; // expect: WEFT0002
        string[] batch = n == _scratch.Length ? _scratch : _scratch[..n];
        return TopicCache.AddSubscribersOnAllWorkersAsync(_pool, batch); // expect: WEFT0007
    }
}
