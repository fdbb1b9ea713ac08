// Chat broker: a room's roster is published to every worker, and moderation goes through a RosterEditor built over
// the roster's member set. The editor is constructed before the publish and used after it: its Kick writes the
// published set (a helper constructed with the data, whose method then changes it). Twin: kicks happen first.
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

        await _slot.PublishAsync(roster);
        foreach (string user in banned)
        {
            editor.Kick(user); // expect: WEFT0002
        }
    }
}
