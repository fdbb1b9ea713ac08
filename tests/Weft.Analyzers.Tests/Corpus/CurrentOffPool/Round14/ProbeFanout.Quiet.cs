// Quiet twin of ProbeFanout: the worker reads the probe timeout from the snapshot before the fan-out and the pool
// lambdas capture the TimeSpan, a copy.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R14.ProbeFanoutQuiet;

[ThreadLocalSlot]
public sealed partial class Timeouts
{
    public TimeSpan Connect { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan Probe { get; init; } = TimeSpan.FromMilliseconds(300);
}

public readonly record struct ProbeResult(string Host, int Port, bool Open, TimeSpan Elapsed);

public sealed class ProbeFanout
{
    private readonly Dictionary<string, ProbeResult> _last = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ProbeResult> Last => _last;

    public async Task<int> ProbeAsync(IReadOnlyList<(string Host, int Port)> targets)
    {
        var timeout = Timeouts.Current.Probe;
        var probes = targets
            .Select(t => Task.Run(() => Probe(t.Host, t.Port, timeout)))
            .ToArray();

        var results = await Task.WhenAll(probes);
        foreach (var result in results)
        {
            _last[$"{result.Host}:{result.Port}"] = result;
        }

        return results.Count(r => r.Open);
    }

    private static ProbeResult Probe(string host, int port, TimeSpan timeout)
    {
        var started = DateTime.UtcNow;
        using var client = new TcpClient();
        bool open;
        try
        {
            open = client.ConnectAsync(host, port).Wait(timeout);
        }
        catch (AggregateException)
        {
            open = false;
        }

        return new ProbeResult(host, port, open, DateTime.UtcNow - started);
    }
}
