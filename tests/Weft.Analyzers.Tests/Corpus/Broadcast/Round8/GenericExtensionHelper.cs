// WEFT0007: a generic extension helper passes its T to the [Published] state; called with a List<string>.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.R8.GenericExtensionHelper;

public sealed class Roster
{
    public readonly HashSet<string> Muted = new();
}

public static class SlotExtensions
{
    public static Task BroadcastAsync<T>(this Slot<Roster> slot, T state) =>
        slot.RunOnAllThreadsAsync(static (roster, s) => roster.Muted.Add(s!.ToString()!), state);
}

public static class Moderation
{
    public static Task MuteAsync(Slot<Roster> slot, List<string> users) => slot.BroadcastAsync(users); // expect: WEFT0007
}
