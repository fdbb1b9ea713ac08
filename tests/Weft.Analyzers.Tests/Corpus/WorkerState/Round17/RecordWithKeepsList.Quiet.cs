// Quiet twin of RecordWithKeepsList: the `with` assigns every member able to hold an object (`Members = [.. live.Members]`),
// so it shares nothing with the worker's record (page).
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
        var live = Lobby.Current.Live;
        var copy = live with { Name = name, Members = [.. live.Members] };
        return Task.Run(() => copy.Members.Count);
    }
}
