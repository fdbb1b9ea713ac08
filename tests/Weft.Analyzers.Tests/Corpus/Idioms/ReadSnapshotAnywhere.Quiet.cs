// Reading a snapshot on a worker, and copying value-type data out of it to wherever it is needed.
using System.Collections.Immutable;
using System.Linq;
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
                var table = RouteTable.Current;
                int version = table.Version;
                version++;
                string first = table.Routes.FirstOrDefault() ?? "none";
                _ = Task.Run(() => System.Console.WriteLine($"{first} v{version}"));
            });
        }
    }
}
