// Quiet twin of SubscriberDeliveredToList: deliveries are counted in the worker's own dictionary.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SubscriberDeliveredToList;

public sealed class Subscriber
{
    public required string Id { get; init; }
    public required string Topic { get; init; }
    public long Delivered { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Subscriptions
{
    public ImmutableArray<Subscriber> All { get; init; } // expect: WEFT0001
}

public sealed class FanOut
{
    private readonly Action<string, ReadOnlyMemory<byte>> _send;
    private readonly Dictionary<string, long> _delivered = new();

    public FanOut(Action<string, ReadOnlyMemory<byte>> send) => _send = send;

    public int Deliver(string topic, ReadOnlyMemory<byte> payload)
    {
        List<Subscriber> targets = Subscriptions.Current.All.Where(s => s.Topic == topic).ToList();
        foreach (Subscriber subscriber in targets)
        {
            _send(subscriber.Id, payload);
            _delivered[subscriber.Id] = _delivered.GetValueOrDefault(subscriber.Id) + 1;
        }

        return targets.Count;
    }

    public long DeliveredTo(string id) => _delivered.GetValueOrDefault(id);
}
