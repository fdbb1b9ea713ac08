// Quiet twin of PublishedElementsViaLinq: the same LINQ fetches, each projecting into new Member objects before the
// writes.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus5a.PublishedElementsViaLinqQuiet;

public sealed class Member
{
    public string Name = "";
    public bool Suspect;
}

public static class Publisher
{
    public static int Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<Member>>();
        var members = new List<Member> { new() { Name = "a" }, new() { Name = "b" } };
        slot.Publish(members);
        var byName = members.ToDictionary(m => m.Name, m => new Member { Name = m.Name, Suspect = m.Suspect });
        byName["a"].Suspect = true;
        var renamed = members.Where(m => m.Name == "b").Select(m => new Member { Name = m.Name }).First();
        renamed.Name = "c";
        foreach (var m in members.Where(m => m.Suspect).Select(m => new Member { Name = m.Name }).ToList())
        {
            m.Suspect = false;
        }

        return byName.Count;
    }
}
