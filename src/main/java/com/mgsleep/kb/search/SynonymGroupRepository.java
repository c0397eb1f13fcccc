package com.mgsleep.kb.search;

import org.springframework.data.repository.ListCrudRepository;

interface SynonymGroupRepository extends ListCrudRepository<SynonymGroup, Long> {

}
