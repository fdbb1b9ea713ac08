// Quiet twin of ChatRosterEditor: banned users are kicked before the roster is published.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ChatRosterEditor;

public sealed class RoomRoster
{
    public RoomRoster(string room, HashSet<string> members)
    {
        Room = room;
        Members = members;
    }

    public string Room { get; }
    public HashSet<string> Members { get; }
}

public sealed class RosterEditor
{
    private readonly HashSet<string> _members;

    public RosterEditor(HashSet<string> members) => _members = members;

    public bool Kick(string user) => _members.Remove(user);
}

public sealed class RoomModeration
{
    private readonly Slot<RoomRoster> _slot;

    public RoomModeration(WorkerPool pool) => _slot = pool.AllocateSlot<RoomRoster>();

    public async Task OpenAsync(string room, IEnumerable<string> invited, IReadOnlyCollection<string> banned)
    {
        var roster = new RoomRoster(room, new HashSet<string>(invited));
        var editor = new RosterEditor(roster.Members);

        foreach (string user in banned)
        {
            editor.Kick(user);
        }

        await _slot.PublishAsync(roster);
    }
}
