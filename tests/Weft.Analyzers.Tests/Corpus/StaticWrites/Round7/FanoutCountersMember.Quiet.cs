// Quiet twin of FanoutCountersMember: both members are bumped with Interlocked.Add.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.FanoutCountersMember;

public sealed class FanoutCounters
{
    public long Messages;
    public long Subscribers;
}

public static class BrokerMetrics
{
    public static readonly FanoutCounters Counters = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TopicRouter
{
    private readonly Dictionary<string, int> _pendingByTopic = new();

    public void Routed(string topic) => _pendingByTopic[topic] = _pendingByTopic.GetValueOrDefault(topic) + 1;

    [WorkerUpdate]
    public void FlushCounters(bool reset)
    {
        long total = 0;
        foreach (int n in _pendingByTopic.Values) total += n;
        Interlocked.Add(ref BrokerMetrics.Counters.Messages, total);
        Interlocked.Add(ref BrokerMetrics.Counters.Subscribers, _pendingByTopic.Count);
        if (reset) _pendingByTopic.Clear();
    }
}

public static class FanoutMath
{
    public static double PerSubscriber(long messages, long subscribers) => subscribers == 0 ? 0 : messages / (double)subscribers;

    public static string Describe(FanoutCounters c) => $"{c.Messages} messages to {c.Subscribers} subscribers";
}
