// Sends queued chat lines in batches, at most every period.
using System;
using System.Collections.Generic;
using System.Threading;

namespace Corpus.WorkerState.R14.ChatOutboxDefect;

public interface IChatTransport
{
    void Send(string user, IReadOnlyList<string> lines);
}

public sealed class OutboxFlusher : IDisposable
{
    private readonly IChatTransport _transport;
    private readonly TimeSpan _period;
    private Action? _flush;
    private Timer? _timer;

    public OutboxFlusher(IChatTransport transport, TimeSpan period)
    {
        _transport = transport;
        _period = period;
    }

    public void Attach(Queue<Outgoing> outbox, int maxBatch)
    {
        _flush = () =>
        {
            var byUser = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            for (int i = 0; i < maxBatch && outbox.TryDequeue(out var line); i++)
            {
                if (!byUser.TryGetValue(line.User, out var lines))
                {
                    byUser[line.User] = lines = new List<string>();
                }

                lines.Add(line.Text);
            }

            foreach (var (user, lines) in byUser)
            {
                _transport.Send(user, lines);
            }
        };
    }

    public void Start()
    {
        _timer?.Dispose();
        _timer = new Timer(_ => _flush?.Invoke(), null, _period, _period);
    }

    public void Dispose() => _timer?.Dispose();
}
