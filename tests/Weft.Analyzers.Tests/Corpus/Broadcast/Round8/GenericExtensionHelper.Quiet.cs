// Twin: the helper is called with a string.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.R8.GenericExtensionHelperQuiet;

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
    public static Task MuteAsync(Slot<Roster> slot, List<string> users) => slot.BroadcastAsync(string.Join(",", users));
}
