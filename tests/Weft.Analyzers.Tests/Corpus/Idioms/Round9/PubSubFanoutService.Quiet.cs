// Application-style: a pub/sub broker on Weft.Net. Subscribers are per-worker (each worker owns the connections it
// accepted); a message published on main is delivered to every worker with a generated [WorkerUpdate], and each worker
// writes it to its own subscribers. Defects: the payload is broadcast as a ReadOnlyMemory over a byte[] the caller
// keeps (WEFT0007: "the same view of a byte[] is reported"), and slow subscribers are written from Task.Run
// (Connection.Write is [RequiresLoopThread], WEFT0005).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.Idioms.R9.PubSubFanoutService;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Subscribers
{
    private readonly Dictionary<string, List<Connection>> _byTopic = new(StringComparer.Ordinal);

    public void Subscribe(string topic, Connection connection)
    {
        if (!_byTopic.TryGetValue(topic, out List<Connection>? list))
        {
            _byTopic[topic] = list = new List<Connection>();
        }

        list.Add(connection);
    }

    public void Drop(Connection connection)
    {
        foreach (List<Connection> list in _byTopic.Values)
        {
            list.Remove(connection);
        }
    }

    [WorkerUpdate]
    private void Deliver(string topic, ReadOnlyMemory<byte> payload)
    {
        if (!_byTopic.TryGetValue(topic, out List<Connection>? list))
        {
            return;
        }

        foreach (Connection connection in list.Where(c => c.State == ConnectionState.Open))
        {
            if (connection.IsAboveHighWatermark)
            {
                byte[] copy = payload.ToArray();
                Dispatcher.Current!.Post(() => connection.Write(copy));
                continue;
            }

            connection.Write(payload.Span);
        }
    }
}

public sealed class Broker(WorkerPool pool)
{
    public Listener OpenOnThisWorker(IPEndPoint endPoint) =>
        Listener.Open(Dispatcher.Current!, endPoint, connection =>
        {
            connection.Start(
                (c, data) =>
                {
                    string line = Encoding.UTF8.GetString(data).Trim();
                    if (line.StartsWith("SUB ", StringComparison.Ordinal))
                    {
                        Subscribers.Current.Subscribe(line[4..], c);
                    }
                },
                (c, e) =>
                {
                    if (e == ConnectionEvent.Closed)
                    {
                        Subscribers.Current.Drop(c);
                    }
                });
        });

    public Task PublishAsync(string topic, string message)
    {
        ImmutableArray<byte> payload = [.. Encoding.UTF8.GetBytes(message + "\n")];
        return Subscribers.DeliverOnAllWorkersAsync(pool, topic, payload.AsMemory());
    }
}
