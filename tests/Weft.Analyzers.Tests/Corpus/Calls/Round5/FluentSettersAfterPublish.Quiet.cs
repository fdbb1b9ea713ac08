// Quiet twin of FluentSettersAfterPublish: the chain runs before the publish; after it a new Options is configured with
// the same fluent calls.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.FluentSettersAfterPublishQuiet;

public sealed class Options
{
    private int _max;
    private string _name = "";
    public List<string> Hosts { get; } = new();

    public Options WithMax(int max) { _max = max; return this; }
    public Options Named(string name) { _name = name; return this; }
    public override string ToString() => $"{_name}:{_max}";
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Options>();
        var options = new Options().WithMax(1).Named("a");
        options.Hosts.Add("h");
        slot.Publish(options);
        var next = new Options().WithMax(5);
        next.Named("b").Hosts.Add("h");
        slot.Publish(next);
    }
}
