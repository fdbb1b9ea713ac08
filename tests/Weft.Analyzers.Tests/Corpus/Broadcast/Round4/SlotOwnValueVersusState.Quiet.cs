// Quiet twin of SlotOwnValueVersusState: the published list is the slot's own value (allowed), and the state is an
// ImmutableArray<string>.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round4.SlotOwnValueVersusState;

public static class BannedWords
{
    public static async Task RefreshAsync(Slot<List<string>> words, IEnumerable<string> source, List<string> extra)
    {
        var fresh = new List<string>(source);
        await words.PublishAsync(fresh);
        await words.RunOnAllThreadsAsync(
            static (current, added) => System.Console.WriteLine(current.Count + added.Length),
            extra.ToImmutableArray());
    }
}
