// Decision: Slot<T>.Get carries [RequiresLoopThread], which the runtime documents as WEFT0005's trigger, the same as
// a generated Current.
// Round 2. A Slot<T>'s Get is called inside Task.Run, on a thread-pool thread where the slot has no value.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.ThreadContext.Round2.SlotGet;

public sealed record Blocklist(ImmutableHashSet<string> Addresses);

public static class Checker
{
    public static Task<bool> IsBlockedAsync(Slot<Blocklist> slot, string address) =>
        Task.Run(() => slot.Get().Addresses.Contains(address)); // expect: WEFT0005
}
