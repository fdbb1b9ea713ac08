// Round 2. Get is called on the worker; the immutable value it returned goes to Task.Run.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.ThreadContext.Round2.SlotGet;

public sealed record Blocklist(ImmutableHashSet<string> Addresses);

public static class Checker
{
    public static Task<bool> IsBlockedAsync(Slot<Blocklist> slot, string address)
    {
        var blocklist = slot.Get();
        return Task.Run(() => blocklist.Addresses.Contains(address));
    }
}
