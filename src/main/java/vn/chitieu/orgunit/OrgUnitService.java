package vn.chitieu.orgunit;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.security.Roles;

@Service
public class OrgUnitService {

    private final OrgUnitRepository repository;

    OrgUnitService(OrgUnitRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<OrgUnit> findAll() {
        return repository.findAllByOrderByName();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<OrgUnit> findById(long id) {
        return repository.findById(id);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<OrgUnit> findByCode(String code) {
        return repository.findByCode(code);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** Former units this one was formed from, in name order. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<OrgUnit> predecessorsOf(OrgUnit unit) {
        return repository.findAllById(unit.predecessorIds()).stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public OrgUnit save(OrgUnit unit) {
        return repository.save(unit);
    }
}
