// Quiet twin of ConfigSinkInterface: the normalising sink normalises a copy for its own use.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;

namespace Corpus6b.ConfigSinkInterface;

public sealed class ProxyConfig
{
    public ProxyConfig(List<string> hosts) => Hosts = hosts;
    public List<string> Hosts { get; }
}

public interface IConfigSink
{
    void Accept(ProxyConfig config);
}

public sealed class LoggingSink : IConfigSink
{
    public void Accept(ProxyConfig config) => Console.WriteLine($"config with {config.Hosts.Count} hosts");
}

public sealed class NormalizingSink : IConfigSink
{
    public List<string> Normalized { get; private set; } = new();

    public void Accept(ProxyConfig config)
    {
        Normalized = config.Hosts.Select(h => h.ToLowerInvariant()).ToList();
    }
}

public static class Pipeline
{
    public static void Apply(WorkerPool pool, Slot<ProxyConfig> slot, IEnumerable<string> hosts)
    {
        var config = new ProxyConfig(hosts.ToList());
        slot.Publish(config);
        IConfigSink audit = new LoggingSink();
        IConfigSink normalize = new NormalizingSink();
        audit.Accept(config);
        normalize.Accept(config);
    }
}
