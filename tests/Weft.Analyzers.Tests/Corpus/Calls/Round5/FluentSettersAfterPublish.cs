// WEFT0002: a fluent API (methods that set a field and `return this`) used on a published object: each call in the
// chain writes it; the last call's result is the same object, and writing its list is reported too.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.FluentSettersAfterPublish;

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
        slot.Publish(options);
        options.WithMax(5); // expect: WEFT0002
        options.Named("b").Hosts.Add("h"); // expect: WEFT0002
    }
}
