// WEFT0007: a C# 14 extension block property is a helper judged by its getter: `r.Names` (a List<string>) reported.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    public void AddHosts(IReadOnlyList<string> hosts)
    {
        foreach (var h in hosts) _hosts.Add(h);
    }
}

public sealed class NameRegistry
{
    public List<string> Names { get; } = new() { "a" };
}

public static class NameRegistryExtensions
{
    extension(NameRegistry r)
    {
        public IReadOnlyList<string> View => r.Names;
    }
}

public static class ExtensionBlockView
{
    public static Task Run(WorkerPool pool, NameRegistry registry) =>
        HostCache.AddHostsOnAllWorkersAsync(pool, registry.View); // expect: WEFT0007
}
