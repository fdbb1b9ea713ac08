// WEFT0002 and WEFT0003: the write sits three calls deep (Outer -> Middle -> Inner, each passing a member of its
// argument further down), and in an async helper after its first await.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.DeepAndAsyncHelperChains;

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

[ThreadLocalSlot]
public sealed partial class Routing
{
    public Table Table { get; init; } = new(); // expect: WEFT0001
}

public static class Code
{
    public static async Task OnMain(WorkerPool pool, Task gate)
    {
        var slot = pool.AllocateSlot<Table>();
        var table = new Table();
        await slot.PublishAsync(table);
        Helpers.Outer(table); // expect: WEFT0002
        await Helpers.AppendLaterAsync(table.Default.Filters, gate); // expect: WEFT0002
    }

    public static void OnWorker() => Helpers.Outer(Routing.Current.Table); // expect: WEFT0003
}
