// WEFT0004: a `with` copy of the worker's record that replaces only its name keeps the worker's List member (page: "one
// that keeps a list member is that list's worker state"), used in Task.Run. Reported inside the lambda.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.RecordWithKeepsList;

public sealed record Room(string Name, List<string> Members);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Lobby
{
    public Room Live { get; set; } = new("main", new List<string>());
}

public static class Archive
{
    public static Task<int> ArchiveLater(string name)
    {
        var copy = Lobby.Current.Live with { Name = name };
        return Task.Run(() => copy.Members.Count); // expect: WEFT0004
    }
}
