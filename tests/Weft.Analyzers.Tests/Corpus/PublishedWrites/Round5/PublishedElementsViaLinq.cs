// WEFT0002: after the publish, elements of the published list are fetched through LINQ (ToDictionary's values, First,
// Where(...).ToList()) and written; the containers are new, the elements are the published ones.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus5a.PublishedElementsViaLinq;

public sealed class Member
{
    public string Name = "";
    public bool Suspect;
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<Member>>();
        var members = new List<Member> { new() { Name = "a" }, new() { Name = "b" } };
        slot.Publish(members);
        var byName = members.ToDictionary(m => m.Name);
        byName["a"].Suspect = true; // expect: WEFT0002
        members.First(m => m.Name == "b").Name = "c"; // expect: WEFT0002
        foreach (var m in members.Where(m => m.Suspect).ToList())
        {
            m.Suspect = false; // expect: WEFT0002
        }
    }
}
