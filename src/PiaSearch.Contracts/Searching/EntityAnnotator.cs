using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Model;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Contracts.Searching;

/// <summary>Lists on each search hit the entities its row mentions.</summary>
public static class EntityAnnotator
{
    public static SearchResponse Annotate(SearchResponse response, CrossReferenceModel model)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(model);
        return response with
        {
            Hits = response.Hits.Select(hit => hit with
            {
                Entities = model.EntityIdsOf(hit.Id)
                    .Select(model.Entity)
                    .OfType<Entity>()
                    .Select(e => new EntityRefDto(e.Id, e.Type.Name(), e.Name))
                    .ToList(),
            }).ToList(),
        };
    }
}
