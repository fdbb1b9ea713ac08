// A realistic component: a backend health prober. The backend list is a published snapshot; results go into a
// per-worker table. One defect: a System.Timers.Timer's Elapsed runs a method group whose body reads the
// snapshot's Current (WEFT0005; reported at the read or at the hookup: #escape).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Net.Sockets;
using Weft;

namespace Corpus.CurrentOffPool.R8.HealthProberComponent;

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

    public void Start()
    {
        _timer.Elapsed += OnElapsed; // expect: WEFT0005 #escape
        _timer.Start();
    }

    private void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e)
    {
        var backends = Backends.Current; // expect: WEFT0005 #escape
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
