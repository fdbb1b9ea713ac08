using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A copy shares with its source only what it can hold: a <c>with</c> that replaces every member able to hold an
/// object shares nothing (the rest are numbers and strings), and a collection expression of numbers spread from a
/// worker's list (<c>int[] idle = [.. list]</c>) holds no object at all. A copy that keeps one of the source's
/// objects, or spreads its objects, still carries them. Fails on the engine before (the copy stood for its source
/// whatever it replaced; the spread held what the source reaches).
/// </summary>
public sealed class CopyWithoutSharingTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public sealed record RoomState(string Room, List<string> Members, int Count);

        public sealed class Session
        {
            public string User { get; set; } = "";
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class ChatRooms
        {
            public readonly Dictionary<string, RoomState> Rooms = new();
            public readonly List<int> Idle = new();
            public readonly List<Session> Sessions = new();
        }

        """;

    [Fact]
    public Task Copies_that_keep_a_workers_object_are_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Archive
        {
            public static Task SaveAsync(string room)
            {
                var state = ChatRooms.Current.Rooms[room] with { Room = room + "-archive" };
                return Task.Run(() => System.IO.File.WriteAllLines({|WEFT0004:state|}.Room, state.Members));
            }

            public static Task RenameAsync()
            {
                Session[] sessions = [.. ChatRooms.Current.Sessions];
                return Task.Run(() => {|WEFT0004:sessions|}[0].User = "");
            }
        }
        """);

    [Fact]
    public Task Copies_that_replace_every_object_or_hold_only_numbers_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Archive
        {
            public static Task SaveAsync(string room)
            {
                var live = ChatRooms.Current.Rooms[room];
                var state = live with { Room = room + "-archive", Members = [.. live.Members] };
                var other = live with { Members = new List<string>(live.Members) };
                return Task.Run(() => System.IO.File.WriteAllLines(state.Room + other.Room, state.Members));
            }

            public static Task CountAsync(List<int> sink)
            {
                int[] idle = [.. ChatRooms.Current.Idle];
                List<int> more = [1, .. ChatRooms.Current.Idle];
                return Task.Run(() => sink.AddRange(idle.Length > 0 ? idle : more.ToArray()));
            }
        }
        """);
}
