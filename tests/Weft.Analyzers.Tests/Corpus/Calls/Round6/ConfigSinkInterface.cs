// Config pipeline on main: a config is published, then handed to the configured sinks (an interface with two
// implementations). Defect: one sink "normalises" the config it is given by lower-casing its hosts in place;
// the pipeline builds that sink and calls it through the interface after the publish (WEFT0002 at the call:
// a call of your method that writes it; the receiver's type is known from its construction).
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
        for (int i = 0; i < config.Hosts.Count; i++) config.Hosts[i] = config.Hosts[i].ToLowerInvariant();
        Normalized = config.Hosts;
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
        normalize.Accept(config); // expect: WEFT0002
    }
}
