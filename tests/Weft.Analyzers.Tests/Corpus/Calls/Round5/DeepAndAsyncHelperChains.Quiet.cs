// Quiet twin of DeepAndAsyncHelperChains: the deep and async helpers run on the table before its publish; after it
// (and on a worker) they run on a new table.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.DeepAndAsyncHelperChainsQuiet;

public sealed class Route
{
    public List<string> Filters { get; } = new();
}

public sealed class Table
{
    public Route Default { get; } = new();
}

public static class Helpers
{
    public static void Outer(Table table) => Middle(table.Default);
    static void Middle(Route route) => Inner(route.Filters);
    static void Inner(List<string> filters) => filters.Add("auth");

    public static async Task AppendLaterAsync(List<string> filters, Task gate)
    {
        await gate;
        filters.Add("late");
    }
}

public static class Code
{
    public static async Task OnMain(WorkerPool pool, Task gate)
    {
        var slot = pool.AllocateSlot<Table>();
        var table = new Table();
        Helpers.Outer(table);
        await Helpers.AppendLaterAsync(table.Default.Filters, gate);
        await slot.PublishAsync(table);
        var next = new Table();
        Helpers.Outer(next);
        await Helpers.AppendLaterAsync(next.Default.Filters, gate);
    }

    public static void OnWorker() => Helpers.Outer(new Table());
}
