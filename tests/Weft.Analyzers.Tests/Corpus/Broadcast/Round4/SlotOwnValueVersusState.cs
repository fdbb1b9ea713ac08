// WEFT0007: on a Slot<List<string>> the list published as the slot's own value (parameter typed T) is allowed (page:
// "except a slot's own value"), but the same type passed as the *state* of RunOnAllThreadsAsync<TState> is a
// [Published] argument that is not T-typed: reported.
using System.Collections.Generic;
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
            static (current, added) => System.Console.WriteLine(current.Count + added.Count),
            extra); // expect: WEFT0007
    }
}
