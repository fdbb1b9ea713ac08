// The clean twin: the timer's method group gets the backend list read on the worker when the prober starts
// (a published snapshot may be used on any thread).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Net.Sockets;
using Weft;

namespace Corpus.CurrentOffPool.R8.HealthProberComponentQuiet;

[ThreadLocalSlot]
public sealed partial class Backends
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
    public int Port { get; init; } = 80;
}

public sealed class HealthProber : IDisposable
{
    private readonly System.Timers.Timer _timer = new(5000);
    private readonly object _gate = new();
    private readonly Dictionary<string, bool> _lastSeen = new();
    private Backends? _backends;

    public void Start()
    {
        _backends = Backends.Current;
        _timer.Elapsed += OnElapsed;
        _timer.Start();
    }

    private void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e)
    {
        var backends = _backends!;
        foreach (var host in backends.Hosts)
        {
            bool up;
            try
            {
                using var client = new TcpClient();
                up = client.ConnectAsync(host, backends.Port).Wait(TimeSpan.FromSeconds(1));
            }
            catch (SocketException)
            {
                up = false;
            }

            lock (_gate)
            {
                _lastSeen[host] = up;
            }
        }
    }

    public void Dispose() => _timer.Dispose();
}
