// The read-anywhere idiom done wrong: Current is read inside the thread-pool work instead of before it.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.ReadAnywhere;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
    public int Version { get; init; }
}

public static class Reader
{
    public static void Start(WorkerPool pool)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                int version = RouteTable.Current.Version;
                _ = Task.Run(() => System.Console.WriteLine($"{RouteTable.Current.Routes.Length} v{version}")); // expect: WEFT0005
            });
        }
    }
}
