package com.mgsleep.kb.bottomline;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Read access to the bottom lines, by the page they open.
 */
public interface BottomLineRepository extends Repository<BottomLine, String> {

	Optional<BottomLine> findById(String page);

}
