// A worker's upstream connection keeper: when the connection drops it computes a backoff with jitter (the jitter
// comes from a slow entropy source, so that part runs on the thread pool) and arms a loop timer that reconnects. The
// timer is created inside the Task.Run lambda, on a pool thread, through the worker's dispatcher captured before:
// Dispatcher.CreateTimer is a [RequiresLoopThread] member (WEFT0005), and the page promises the message names it and
// says it is called, not read ("'Dispatcher.CreateTimer' is called in a Task.Run callback"). The quiet twin posts the
// timer's creation back to the worker's dispatcher, as that message advises.
using System;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.Messages.R14.ReconnectSchedulerDefect;

public interface IUpstreamConnection
{
    bool IsConnected { get; }
    Task<bool> TryConnectAsync();
}

public sealed class ReconnectScheduler
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly IUpstreamConnection _connection;
    private int _failures;
    private DispatcherTimer? _timer;

    public ReconnectScheduler(IUpstreamConnection connection) => _connection = connection;

    public int Failures => Volatile.Read(ref _failures);

    public void OnDisconnected()
    {
        var loop = Dispatcher.Current!;
        int failures = Interlocked.Increment(ref _failures);
        _ = Task.Run(() =>
        {
            double baseMs = Math.Min(MaxBackoff.TotalMilliseconds, 100 * Math.Pow(2, Math.Min(failures, 16)));
            double jitter = RandomNumberGenerator.GetInt32(0, 1000) / 1000.0;
            var delay = TimeSpan.FromMilliseconds(baseMs * (0.5 + jitter / 2));
            var timer = loop.CreateTimer(Reconnect); // expect: WEFT0005 "Dispatcher.CreateTimer" "called"
            timer.Enable(delay);
            _timer = timer;
        });
    }

    private async void Reconnect()
    {
        if (_connection.IsConnected)
        {
            return;
        }

        if (await _connection.TryConnectAsync())
        {
            Interlocked.Exchange(ref _failures, 0);
            _timer?.Dispose();
            _timer = null;
        }
        else
        {
            OnDisconnected();
        }
    }
}
